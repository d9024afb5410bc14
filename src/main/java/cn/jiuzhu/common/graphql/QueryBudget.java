package cn.jiuzhu.common.graphql;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * What one GraphQL request may cost and return (jiuzhu.graphql.* in application.properties), and
 * which budget the current caller gets. Looked up by {@link QueryLimits}, which is not a bean.
 */
@Singleton
@Unremovable
public class QueryBudget {

    private final long maxCost;
    private final long maxCostAnonymous;
    private final long maxResponseBytes;

    QueryBudget(@ConfigProperty(name = "jiuzhu.graphql.max-cost") long maxCost,
            @ConfigProperty(name = "jiuzhu.graphql.max-cost-anonymous") long maxCostAnonymous,
            @ConfigProperty(name = "jiuzhu.graphql.max-response-size") MemorySize maxResponseSize) {
        this.maxCost = maxCost;
        this.maxCostAnonymous = maxCostAnonymous;
        this.maxResponseBytes = maxResponseSize.asLongValue();
    }

    long maxCost(boolean anonymous) {
        return anonymous ? maxCostAnonymous : maxCost;
    }

    long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * No Authorization header on the HTTP request being answered. A request with one has been
     * authenticated by then: a bad token is refused with 401 before GraphQL runs.
     */
    static boolean anonymous() {
        ArcContainer container = Arc.container();
        if (!container.requestContext().isActive()) {
            return true;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (request == null) {
            return true;
        }
        String authorization = request.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization == null || authorization.isBlank();
    }
}
