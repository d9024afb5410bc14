package cn.jiuzhu.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.restassured.path.json.JsonPath;

/** Requests sent at the same moment, one thread each, for tests of what two people doing the same thing at once get. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Every call at once; the answers in the order of the calls. */
    public static List<JsonPath> all(List<Callable<JsonPath>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<JsonPath> results = new ArrayList<>();
            for (Future<JsonPath> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same call {@code n} times at once. */
    public static List<JsonPath> times(int n, Callable<JsonPath> call) throws Exception {
        return all(IntStream.range(0, n).mapToObj(i -> call).toList());
    }
}
