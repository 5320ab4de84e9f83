package org.pmorotations.it;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * One deployment of the application for every test class of a run, instead of one per class.
 *
 * <p>Arquillian deploys per class: each class's {@code BeforeClass} generates a deployment
 * scenario from the class's {@code @Deployment} methods and deploys it, and its {@code AfterClass}
 * undeploys it. With Payara Micro a deployment is a server start (about 30 seconds here), so a run
 * of twenty classes spent most of its time starting servers. This extension generates the scenario
 * once, from {@link Deployments#application()}, deploys it for the first class, hands the same
 * scenario (and so the same server, address and database) to every later class, and undeploys it
 * when the suite ends (with any deployment a test started by hand and left running). A class that declares a {@code @Deployment} of its own is refused: it would
 * silently test something other than what the others test.
 *
 * <p>What this means for the tests: the classes share one running application, so a test leaves
 * the data it creates behind for the classes after it (each creates people, PMOs and rotations of
 * its own, with names nobody else uses) and restores any setting it changes (the policy).
 */
public final class SharedDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(OneDeploymentPerRun.class);
    }

    /** The observer that replaces Arquillian's per-class deployment with the one of the run. */
    public static final class OneDeploymentPerRun {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generateDeployment;

        @Inject
        private Event<UnDeployManagedDeployments> undeployDeployments;

        private DeploymentScenario shared;
        private boolean undeploying;

        /** Every class gets the scenario of the run; the first one makes it from {@link Deployments}. */
        public void generate(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            if (testClass == Deployments.class) {
                context.proceed();
                return;
            }
            refuseOwnDeployment(testClass);
            if (shared == null) {
                // Generated inside the first class's context, which then holds the scenario.
                generateDeployment.fire(new GenerateDeployment(new TestClass(Deployments.class)));
                shared = classScenario.get();
                LOG.info(() -> "One deployment for every test class of this run, first used by " + testClass.getSimpleName());
            } else {
                classScenario.set(shared);
            }
        }

        /** Deploys for the first class only; a failed first deployment fails every class at once. */
        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (shared == null) {
                context.proceed();
                return;
            }
            for (Deployment deployment : shared.deployments()) {
                if (deployment.hasDeploymentError()) {
                    throw new IllegalStateException("The shared deployment failed for an earlier class",
                            deployment.getDeploymentError());
                }
            }
            if (shared.managedDeploymentsInDeployOrder().stream().allMatch(Deployment::isDeployed)) {
                return;
            }
            context.proceed();
        }

        /** Keeps the application running between classes; only the end of the suite undeploys it. */
        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (undeploying) {
                context.proceed();
            }
        }

        /** Before the containers stop: undeploys the run's deployment (stops its server). */
        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
            if (shared == null) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(Deployments.class);
            try {
                classScenario.set(shared);
                undeploying = true;
                undeployDeployments.fire(new UnDeployManagedDeployments());
            } finally {
                undeploying = false;
                context.deactivate();
                context.destroy(Deployments.class);
            }
        }

        private static void refuseOwnDeployment(Class<?> testClass) {
            for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
                boolean declares = Arrays.stream(type.getDeclaredMethods()).map(Method::getDeclaredAnnotations)
                        .flatMap(Arrays::stream)
                        .anyMatch(annotation -> annotation instanceof org.jboss.arquillian.container.test.api.Deployment);
                if (declares) {
                    throw new IllegalStateException(testClass.getName() + " declares a @Deployment of its own; every"
                            + " integration test class uses the one deployment of the run (Deployments.application())");
                }
            }
        }
    }
}
