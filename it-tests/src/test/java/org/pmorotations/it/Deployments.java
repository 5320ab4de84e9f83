package org.pmorotations.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment builder of the integration tests: the real WAR the build produced, exactly
 * as an operator deploys it (no test copies of descriptors, no hand-listed classes).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("it.war", "target/deploy/pmo-rotations.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR under test is missing: " + war.getAbsolutePath()
                    + " (run the tests through Maven: mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
