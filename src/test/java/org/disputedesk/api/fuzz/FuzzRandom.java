package org.disputedesk.api.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * The one source of chance of a fuzz test: a fixed seed, so that a failing run can be repeated, and
 * jqwik's generators sampled with it. Needs a running {@code JqwikSession}.
 */
final class FuzzRandom extends Random {

    static final List<String> NASTY = List.of("", " ", " \t\r\n ", "\u0000", "a\u0000b", "\u0001\u0007\u001b\u007f",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "#{7*7}",
            "#{T(java.lang.Runtime).getRuntime().exec('id')}", "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%n%x",
            "' OR '1'='1' --", "'; drop table complaints; --", "1; select * from users", "😀🔥👩‍👩‍👧🇨🇳",
            "\u202Eevil\u202C", "مرحبا بالعالم", "שלום", "\uFEFFbom", "\u00A0", "\u3000", "null", "undefined",
            "../../../../etc/passwd", "C:\\Windows\\win.ini", "\\u0000", "\"quoted\"", "line1\nline2\r\nline3",
            "ÅÄÖ ß ñ 中文 日本語 한국어", "\u0085next\u2028line\u2029para", "\uD83D\uDE00", "a".repeat(65));

    private final long seed;
    private final Supplier<String> anyText;

    FuzzRandom(long seed) {
        super(seed);
        this.seed = seed;
        Arbitrary<String> printable = Arbitraries.strings().alpha().numeric().withChars(" .,-_'\"!?%$#{}<>/\\;:()")
                .ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> unicode = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD').ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> emoji = Arbitraries.of("😀", "🔥", "👩‍👩‍👧", "🇨🇳", "\u200D", "\u0301")
                .list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<String> fixed = Arbitraries.of(NASTY);
        Arbitrary<String> mixed = Arbitraries.of(NASTY).list().ofMinSize(2).ofMaxSize(4)
                .map(parts -> String.join(" ", parts));
        @SuppressWarnings("unchecked")
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(4, printable), Tuple.of(2, unicode),
                Tuple.of(3, fixed), Tuple.of(1, emoji), Tuple.of(2, mixed));
        anyText = sampler(text);
    }

    long seed() {
        return seed;
    }

    /** Printable, any Unicode, emoji, hostile strings or a mix of them. */
    String text() {
        return anyText.get();
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    private <T> Supplier<T> sampler(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = arbitrary.generator(1000);
        return () -> generator.next(this).value();
    }
}
