package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The records of a snapshot folder sorted into sections. The same resource exported from several accounts
 * (a shared transit gateway, an attachment seen by both owners) is merged into one record: the first one read
 * wins and later ones only fill fields it lacks.
 */
final class Snapshot {

    private final Map<Section, Map<String, Item>> keyed = new EnumMap<>(Section.class);
    private final Map<Section, List<Item>> grouped = new EnumMap<>(Section.class);
    private final TreeSet<String> folderRegions = new TreeSet<>();
    private int anonymous;

    /**
     * Adds a record to a keyed section, merging it with an earlier one of the same id.
     *
     * @param section a keyed section
     * @param record the record
     * @param file where it came from
     * @param region the Region of its folder, or null
     */
    void add(Section section, ObjectNode record, String file, String region) {
        String id = AwsJson.text(record, section.idField());
        String key = id == null ? "#" + anonymous++ : id;
        if (section == Section.TRANSIT_GATEWAY_ATTACHMENTS) {
            key = key + "|" + AwsJson.text(record, "TransitGatewayId");
        }
        Map<String, Item> items = keyed.computeIfAbsent(section, s -> new LinkedHashMap<>());
        Item earlier = items.get(key);
        if (earlier == null) {
            items.put(key, new Item(record, file, region, null));
        } else {
            fillMissing((ObjectNode) earlier.json(), record);
        }
        noteRegion(region);
    }

    /**
     * Adds a list that belongs to one owner.
     *
     * @param section a grouped section
     * @param owner the owner's id, or null when the file does not say
     * @param entries the list
     * @param file where it came from
     * @param region the Region of its folder, or null
     */
    void addGroup(Section section, String owner, JsonNode entries, String file, String region) {
        grouped.computeIfAbsent(section, s -> new ArrayList<>()).add(new Item(entries, file, region, owner));
        noteRegion(region);
    }

    /** @param section a keyed section @return its records in reading order */
    List<Item> items(Section section) {
        return List.copyOf(keyed.getOrDefault(section, Map.of()).values());
    }

    /** @param section a grouped section @return its lists in reading order */
    List<Item> groups(Section section) {
        return List.copyOf(grouped.getOrDefault(section, List.of()));
    }

    /** @return the Regions named by folders or file names that held records, sorted */
    List<String> folderRegions() {
        return List.copyOf(folderRegions);
    }

    /** @return true if no file held anything this importer reads */
    boolean isEmpty() {
        return keyed.values().stream().allMatch(Map::isEmpty) && grouped.values().stream().allMatch(List::isEmpty);
    }

    /**
     * Guesses whose list a file holds when the output itself does not say (describe-target-health, for
     * example, does not repeat the target group): the only candidate there is, or the only one whose id or
     * name appears in the file's name.
     *
     * @param file the file's relative path
     * @param candidateIds the possible owners
     * @param aliases the names under which an owner may appear in a file name (its id first)
     * @return the owner, or null when it cannot be told
     */
    static String guessOwner(String file, List<String> candidateIds, Function<String, List<String>> aliases) {
        if (candidateIds.size() == 1) {
            return candidateIds.get(0);
        }
        String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String found = null;
        for (String id : candidateIds) {
            for (String alias : aliases.apply(id)) {
                if (alias != null && alias.length() > 2 && name.contains(alias.toLowerCase(Locale.ROOT))) {
                    if (found != null && !found.equals(id)) {
                        return null;
                    }
                    found = id;
                }
            }
        }
        return found;
    }

    private void noteRegion(String region) {
        if (region != null) {
            folderRegions.add(region);
        }
    }

    private static void fillMissing(ObjectNode target, ObjectNode source) {
        source.properties().forEach(e -> {
            JsonNode present = target.get(e.getKey());
            if (present == null || present.isNull() || (present.isContainerNode() && present.isEmpty()
                    && !e.getValue().isEmpty())) {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }
}
