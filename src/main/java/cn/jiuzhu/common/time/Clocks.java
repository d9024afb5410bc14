package cn.jiuzhu.common.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The one clock of the application, in China time. A test (or a staging deployment) may replace it with its own bean. */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return ChinaTime.system();
    }
}
