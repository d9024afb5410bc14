package cn.jiuzhu.testsupport;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, to show what a client sees then. */
@Path("/test-support/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret detail: connection to db-7.internal refused");
    }
}
