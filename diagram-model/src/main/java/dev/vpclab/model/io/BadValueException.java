package dev.vpclab.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value in a file that its type refuses, with a message already fit for a person: the file module's
 * deserializers throw it so that the reader can pass the message on unchanged.
 */
final class BadValueException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    /**
     * @param parser the parser, positioned on the value
     * @param message what is wrong, e.g. "'10.0.0.1/33' is not a CIDR block: prefix length /33 is over /32"
     * @param targetType the type that refused the value
     */
    BadValueException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
