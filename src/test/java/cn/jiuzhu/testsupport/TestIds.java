package cn.jiuzhu.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct resident ID numbers, so every test has its own people and households. */
public final class TestIds {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestIds() {
    }

    /** A new person born in 1960–1999 with an ID issued in 涧西区 (410305). */
    public static String next() {
        int n = NEXT.incrementAndGet();
        int year = 1960 + (n / 900) % 40;
        int day = 1 + (n / 28) % 28;
        int month = 1 + n % 12;
        String first17 = String.format("410305%04d%02d%02d%03d", year, month, day, n % 900 + 100);
        return withCheck(first17);
    }

    /** A new person born in {@code year}, before 1960 (an older person) or after 1999 (a child), so never one {@link #next()} gives. */
    public static String bornIn(int year) {
        if (year >= 1960 && year <= 1999) {
            throw new IllegalArgumentException("next() gives people born in 1960–1999");
        }
        int n = NEXT.incrementAndGet();
        return withCheck(String.format("410305%04d%02d%02d%03d", year, 1 + n % 12, 1 + (n / 12) % 28, n % 900 + 100));
    }

    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
