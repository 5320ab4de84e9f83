package org.pmorotations.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the integration tests: the real WAR the build produced, exactly as an
 * operator deploys it (no test copies of descriptors, no hand-listed classes). {@link SharedDeployment}
 * deploys it once per run and every test class uses it; no class declares a deployment of its own.
 *
 * <p>The second deployment is the same WAR as a second instance on the same database, on a server
 * of its own (container {@value #SECOND_INSTANCE} of {@code arquillian.xml}); it is not deployed
 * with the first: {@link SecondInstanceIT} starts and stops it.
 */
public final class Deployments {

    /** The name of the second instance's deployment and of the container it runs in. */
    public static final String SECOND_INSTANCE = "second-instance";

    private Deployments() {
    }

    @Deployment(testable = false)
    public static WebArchive application() {
        File war = new File(System.getProperty("it.war", "target/deploy/pmo-rotations.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR under test is missing: " + war.getAbsolutePath()
                    + " (run the tests through Maven: mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    @Deployment(name = SECOND_INSTANCE, managed = false, testable = false)
    @TargetsContainer(SECOND_INSTANCE)
    public static WebArchive secondInstance() {
        return application();
    }
}
