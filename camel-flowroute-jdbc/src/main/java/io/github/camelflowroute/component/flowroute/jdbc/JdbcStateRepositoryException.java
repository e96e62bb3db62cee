package io.github.camelflowroute.component.flowroute.jdbc;

import org.apache.camel.RuntimeCamelException;

/**
 * A {@link JdbcStateRepository} could not read or write its table. The message names the table, the operation and
 * the SQLState; the cause is the driver's exception.
 */
public class JdbcStateRepositoryException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without connection details
     * @param cause   the driver's exception
     */
    public JdbcStateRepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
