package dev.vpclab.app.session;

import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.EditLayout;
import dev.vpclab.model.command.RestoreResources;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one command that turns a document into another version of it: how a recovered copy is opened on top of
 * its file, so that it shows as unsaved and a single undo returns to what is on disk.
 */
final class DocumentDiff {

    private DocumentDiff() {
    }

    /**
     * @param from the document as saved
     * @param to the recovered version (same title, traces and simulations: commands never change those)
     * @return the command, or empty when they hold the same resources and layout
     */
    static Optional<Command> between(Document from, Document to) {
        List<Resource> put = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(from.ids());
        ids.addAll(to.ids());
        for (String id : ids) {
            Resource target = to.get(id);
            if (!Objects.equals(from.get(id), target)) {
                if (target == null) {
                    absent.add(id);
                } else {
                    put.add(target);
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>(from.layout().keys());
        keys.addAll(to.layout().keys());
        List<EditLayout.Placement> placements = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(from.layout().get(key), to.layout().get(key))) {
                placements.add(new EditLayout.Placement(key, to.layout().get(key)));
            }
        }
        if (put.isEmpty() && absent.isEmpty() && placements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RestoreResources(put, absent, placements));
    }
}
