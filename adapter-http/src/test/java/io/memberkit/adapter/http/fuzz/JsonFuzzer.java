package io.memberkit.adapter.http.fuzz;

import io.memberkit.adapter.http.fake.ReferenceFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random and mutated JSON grown from a real payload, for the wire fuzz tests: fields dropped, nulled, given the
 * wrong type, huge or odd strings (control characters, bidi overrides, lone surrogates, emoji), nested garbage,
 * numbers out of range, then at the text level truncated documents, flipped bytes, invalid UTF-8, random bytes and
 * deep nesting. Everything comes from one seeded {@link Random}, so a failing case is replayed from its seed and
 * index (printed in the failure). The size of a run is {@code -Dmemberkit.fuzz.cases=N} (per test, default
 * {@link #DEFAULT_CASES}); the seed is {@code -Dmemberkit.fuzz.seed=S}.
 */
public final class JsonFuzzer {
    public static final int DEFAULT_CASES = 700;
    private static final String[] ODD = {
        "", " ", "\u0000", "\u0001\u0002\u001f", "\t\r\n", "\u202e gnp.exe", "\ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69",
        "\ud800", "\udfff", "\uffff", "\ufeff", "null", "true", "0", "-1", "1e309", "NaN", "../../etc/passwd",
        "'; DROP TABLE users; --", "<script>alert(1)</script>", "%00", "%2e%2e%2f", "Ⅻ", "İı", "ß", "ﬀ", "\u0085",
        "2014-03-14T14:11:40.6815298+00:00", "2021-13-45T99:99:99Z", "not-a-date", "***@example.org", "a@b", "@",
        "x".repeat(300), "admin", "editor", "partial_editor", "boss", "http://evil.example/?page=2",
        "https://www.data.gouv.fr/api/1/organizations/?page=2&page_size=1", "?page=2", "page=%zz"
    };

    private final Random random;
    private final long seed;

    public JsonFuzzer(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public static long seed() {
        return Long.getLong("memberkit.fuzz.seed", 20261123L);
    }

    public static int cases() {
        return Integer.getInteger("memberkit.fuzz.cases", DEFAULT_CASES);
    }

    public long seedValue() {
        return seed;
    }

    public Random random() {
        return random;
    }

    /** A fixture file of shared/reference/fixtures, parsed. */
    public static Object fixture(String provider, String file) {
        return ReferenceFixtures.parse(ReferenceFixtures.read(provider, file));
    }

    /** One case grown from {@code base}: most are mutated trees, some are broken at the text level. */
    public byte[] mutate(Object base) {
        int kind = random.nextInt(100);
        if (kind < 3) {
            return garbage();
        }
        var tree = copy(base);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            tree = mutateOnce(tree);
        }
        var text = write(tree, random.nextInt(20) == 0);
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        if (kind < 12) {
            return truncate(bytes);
        }
        if (kind < 17) {
            return flip(bytes);
        }
        if (kind < 20) {
            return invalidUtf8(bytes);
        }
        return bytes;
    }

    /** Documents that are not the expected shape at all. */
    public byte[] garbage() {
        switch (random.nextInt(9)) {
            case 0:
                var bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                return bytes;
            case 1:
                return ("[".repeat(2000 + random.nextInt(4000))).getBytes(StandardCharsets.UTF_8);
            case 2:
                return ("{\"a\":".repeat(1500) + "1" + "}".repeat(1500)).getBytes(StandardCharsets.UTF_8);
            case 3:
                return new byte[0];
            case 4:
                return List.of("null", "true", "42", "-0.0", "\"text\"", "[]", "{}", "[null]", "[{}]", "1e99999")
                        .get(random.nextInt(10)).getBytes(StandardCharsets.UTF_8);
            case 5:
                return "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
            case 6:
                return new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'};
            case 7:
                return ("{\"data\": \"" + "\\u".repeat(5) + "\"}").getBytes(StandardCharsets.UTF_8);
            default:
                return ("{\"id\": " + "9".repeat(400) + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    private Object mutateOnce(Object tree) {
        var slots = new ArrayList<Slot>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return randomValue(2);
        }
        var slot = slots.get(random.nextInt(slots.size()));
        int what = random.nextInt(10);
        switch (what) {
            case 0, 1 -> slot.drop();
            case 2, 3 -> slot.set(null);
            case 4, 5 -> slot.set(wrongType(slot.get()));
            case 6 -> slot.set(oddString());
            case 7 -> slot.set(hugeString());
            case 8 -> slot.set(randomValue(3));
            default -> slot.set(oddNumber());
        }
        return tree;
    }

    private Object wrongType(Object value) {
        if (value instanceof String) {
            return random.nextBoolean() ? (Object) random.nextLong() : new ArrayList<>(List.of(value));
        }
        if (value instanceof Number) {
            return random.nextBoolean() ? value.toString() + "x" : new LinkedHashMap<>(Map.of("value", value));
        }
        if (value instanceof Boolean) {
            return random.nextBoolean() ? "yes" : 1;
        }
        if (value instanceof Map<?, ?>) {
            return random.nextBoolean() ? new ArrayList<>(((Map<?, ?>) value).values()) : "object";
        }
        if (value instanceof List<?> list) {
            return random.nextBoolean() && !list.isEmpty() ? list.get(0) : new LinkedHashMap<>(Map.of("0", list));
        }
        return randomValue(1);
    }

    private String oddString() {
        var odd = ODD[random.nextInt(ODD.length)];
        return random.nextInt(4) == 0 ? odd + ODD[random.nextInt(ODD.length)] : odd;
    }

    private String hugeString() {
        var unit = random.nextBoolean() ? "a" : ODD[random.nextInt(ODD.length)] + "é";
        var out = new StringBuilder();
        int length = 10_000 + random.nextInt(100_000);
        while (out.length() < length) {
            out.append(unit.isEmpty() ? "z" : unit);
        }
        return out.toString();
    }

    private Object oddNumber() {
        return switch (random.nextInt(7)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> Long.MIN_VALUE;
            case 2 -> -1;
            case 3 -> 0;
            case 4 -> 1.5e300;
            case 5 -> new java.math.BigInteger("9".repeat(40));
            default -> -0.5;
        };
    }

    private Object randomValue(int depth) {
        int kind = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(2) == 0 ? random.nextInt() : oddNumber();
            case 3, 4 -> oddString();
            case 5 -> {
                var list = new ArrayList<Object>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(depth - 1));
                }
                yield list;
            }
            default -> {
                var map = new LinkedHashMap<String, Object>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(List.of("id", "name", "data", "results", "user", "role", "group", "members", "x")
                            .get(random.nextInt(9)), randomValue(depth - 1));
                }
                yield map;
            }
        };
    }

    private byte[] truncate(byte[] bytes) {
        return bytes.length <= 1 ? new byte[0] : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    private byte[] flip(byte[] bytes) {
        var copy = bytes.clone();
        for (int i = 1 + random.nextInt(5); i > 0 && copy.length > 0; i--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    /** Overlong encodings, a stray continuation byte, a truncated sequence, 0xFF, a CESU surrogate, inside a string. */
    private byte[] invalidUtf8(byte[] bytes) {
        byte[][] bad = {{(byte) 0xc0, (byte) 0xaf}, {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xff},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        var insert = bad[random.nextInt(bad.length)];
        int quote = -1;
        for (int i = 0, seen = random.nextInt(20); i < bytes.length; i++) {
            if (bytes[i] == '"' && seen-- <= 0) {
                quote = i;
                break;
            }
        }
        int at = quote < 0 ? random.nextInt(bytes.length + 1) : quote + 1;
        var out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    /** JSON text; with {@code raw}, control characters are left unescaped (invalid JSON, on purpose). */
    public static String write(Object value, boolean raw) {
        var out = new StringBuilder();
        write(value, raw, out);
        return out.toString();
    }

    private static void write(Object value, boolean raw, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), raw, out);
                out.append(':');
                write(e.getValue(), raw, out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), raw, out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(s, raw, out);
        } else {
            out.append(value);
        }
    }

    private static void string(String s, boolean raw, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 && !raw) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                out.append(String.format("\\u%04x", (int) c)); // a lone surrogate, escaped as JSON allows
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            var out = new ArrayList<Object>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    private interface Slot {
        Object get();

        void set(Object value);

        void drop();
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Slot> slots) {
        if (node instanceof Map<?, ?> raw) {
            var map = (Map<String, Object>) raw;
            for (var key : new ArrayList<>(map.keySet())) {
                slots.add(new Slot() {
                    public Object get() {
                        return map.get(key);
                    }

                    public void set(Object value) {
                        map.put(key, value);
                    }

                    public void drop() {
                        map.remove(key);
                    }
                });
                collect(map.get(key), slots);
            }
        } else if (node instanceof List<?> raw) {
            var list = (List<Object>) raw;
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                slots.add(new Slot() {
                    public Object get() {
                        return index < list.size() ? list.get(index) : null;
                    }

                    public void set(Object value) {
                        if (index < list.size()) {
                            list.set(index, value);
                        }
                    }

                    public void drop() {
                        if (index < list.size()) {
                            list.remove(index);
                        }
                    }
                });
                collect(list.get(i), slots);
            }
        }
    }
}
