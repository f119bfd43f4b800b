package dev.jobdesk.replicas;

import dev.jobdesk.support.WebClient;
import org.junit.jupiter.api.AfterEach;

/**
 * An integration test of one packaged instance of this build on a fresh database of its own, with
 * the manager signed in; the instance is stopped after each test whatever happened.
 */
abstract class SingleReplica {

    private final int port;
    private final String database;
    protected Replica replica;

    /** For a test that starts the embedded default on a data folder of its choosing. */
    SingleReplica(int port) {
        this(port, null);
    }

    SingleReplica(int port, String database) {
        this.port = port;
        this.database = database;
    }

    /** Starts the instance and signs the manager in on it. */
    WebClient startWithManager() throws Exception {
        replica = Replica.freshWithManager(port, database);
        return signInAsManager();
    }

    WebClient signInAsManager() {
        return Replica.signInAsManager(port);
    }

    @AfterEach
    void stopReplica() throws InterruptedException {
        if (replica != null) {
            replica.stop();
        }
    }
}
