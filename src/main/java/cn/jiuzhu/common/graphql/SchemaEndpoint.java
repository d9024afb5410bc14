package cn.jiuzhu.common.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;

/**
 * SmallRye serves the schema at /graphql/schema.graphql whenever it is built in
 * (quarkus.smallrye-graphql.schema-available is fixed at build time), and the tests compare it with
 * the published contract. With the developer tools off, as in production, it answers 404: front
 * ends build against frontend-contract/schema.graphql, not against a live server.
 */
@ApplicationScoped
public class SchemaEndpoint {

    private final boolean developerTools;

    SchemaEndpoint(@ConfigProperty(name = "jiuzhu.developer-tools") boolean developerTools) {
        this.developerTools = developerTools;
    }

    void register(@Observes Router router) {
        if (!developerTools) {
            router.route("/graphql/schema.graphql").order(-200).handler(context -> context.response().setStatusCode(404).end());
        }
    }
}
