package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a snapshot with where it came from.
 *
 * @param json the record (for a grouped section, the list of entries)
 * @param file the file it was read from, relative to the imported folder
 * @param region the Region named by the file's folder or file name, or null
 * @param owner for a grouped section, the id of what the entries belong to, or null when the file does not say
 */
record Item(JsonNode json, String file, String region, String owner) {
}
