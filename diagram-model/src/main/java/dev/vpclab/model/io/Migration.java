package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step in the history of the file format: changes a document tree written in format {@link #fromVersion()}
 * into format {@code fromVersion() + 1}, in place, before anything is bound. One class per step; the
 * {@link Migrator} chains them.
 */
interface Migration {

    /** @return the format version this step reads */
    int fromVersion();

    /**
     * @param root the whole document tree, in format {@link #fromVersion()}; changed in place
     * @throws InvalidFileException when the tree cannot be converted, naming the place in the old format
     */
    void migrate(ObjectNode root) throws InvalidFileException;
}
