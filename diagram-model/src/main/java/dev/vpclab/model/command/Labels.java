package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Resource;
import java.util.List;

/** Replaces the ids in a command's description by the labels people see (the Name, else the id). */
final class Labels {

    private Labels() {
    }

    /**
     * @param message a description whose string arguments may be ids or AZ column keys
     * @param doc the document that holds them
     * @return the message with labels in place of ids
     */
    static Message resolve(Message message, Document doc) {
        List<Object> args = message.args().stream().map(a -> a instanceof String s ? label(s, doc) : a).toList();
        return new Message(message.key(), args);
    }

    /**
     * @param key a resource id or an AZ column key
     * @param doc the document
     * @return the resource's label, "VPC label / zone" for a column, else the key itself
     */
    static String label(String key, Document doc) {
        Resource r = doc.get(key);
        if (r != null) {
            return r.label();
        }
        ElementTree.Column column = ElementTree.column(key);
        if (column != null && doc.contains(column.vpcId())) {
            return doc.get(column.vpcId()).label() + " / " + column.zoneId();
        }
        return key;
    }
}
