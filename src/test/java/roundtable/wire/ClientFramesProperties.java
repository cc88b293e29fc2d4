package roundtable.wire;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Hostile input at scale for the frame decoder: whatever text arrives, {@link ClientFrames#decode}
 * returns (never throws) a Hello, a CommandRequest or an Invalid whose code is one of the contract's.
 * Inputs: arbitrary strings, and random JSON trees (random types and keys, huge numbers, deep
 * nesting, odd unicode) shaped like frames, so that most reach the command mapping.
 */
class ClientFramesProperties {

    static final Set<String> DECODER_CODES = Set.of("bad-request", "unknown-command", "too-large");
    private static final List<String> NAMES = new ArrayList<>(Commands.BY_NAME.keySet());
    private static final String[] KEYS = {"type", "opId", "command", "args", "token", "lastSeq", "epoch", "kind",
            "text", "column", "offRecord", "cardId", "index", "phaseId", "participantId", "seconds", "order",
            "dueDate", "commitmentId", "status", "tried", "happened", "differently", "", "__proto__", "constructor",
            "x", "\u0000", "é", "🎉", "' OR 1=1 --"};
    private static final String[] STRINGS = {"", " ", "hello", "command", "note", "question", "open", "done",
            "check-in", "c1", "p-nobody", "' OR 1=1 --", "\"; DROP TABLE sessions; --", "<script>alert(1)</script>",
            "\\u0000", "\\ud800", "\\udfff\\ud800", "\u202e", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "../../etc/passwd", "2030-01-01", "x".repeat(3000)};

    @Property(tries = 2000)
    void any_string_decodes_to_a_known_message(@ForAll String text) {
        check(text);
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.OFF)
    void any_json_frame_decodes_to_a_known_message(@ForAll long seed) {
        Random random = new Random(seed);
        check(frame(random));
    }

    /** Deep nesting, beyond what the mapper accepts, at random depths and in random places. */
    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void deep_nesting_decodes_to_a_known_message(@ForAll long seed) {
        Random random = new Random(seed);
        int depth = random.nextInt(3000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String inner = open.repeat(depth) + "1" + close.repeat(random.nextInt(10) == 0 ? depth / 2 : depth);
        check("{\"type\":\"command\",\"opId\":\"d\",\"command\":\"" + NAMES.get(random.nextInt(NAMES.size()))
                + "\",\"args\":{\"text\":" + inner + "}}");
        check(inner);
    }

    static void check(String text) {
        ClientMessage message;
        try {
            message = ClientFrames.decode(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("decode threw on " + brief(text), e);
        }
        assertNotNull(message, () -> "decode answered null for " + brief(text));
        if (message instanceof ClientMessage.Invalid invalid) {
            assertTrue(DECODER_CODES.contains(invalid.error().code()), () -> "unknown code " + invalid.error() + " for " + brief(text));
            assertNotNull(invalid.error().message());
        } else if (message instanceof ClientMessage.CommandRequest request) {
            assertNotNull(request.command(), () -> "a command for " + brief(text));
            assertTrue(Commands.BY_NAME.containsKey(request.name()));
        } else if (!(message instanceof ClientMessage.Hello hello)) {
            fail("an unexpected message " + message);
        } else {
            assertNotNull(hello.token());
        }
    }

    /** Mostly frame-shaped objects; sometimes any JSON value at all. */
    private static String frame(Random random) {
        if (random.nextInt(6) == 0) {
            return value(random, 0);
        }
        StringBuilder frame = new StringBuilder("{");
        boolean hello = random.nextInt(5) == 0;
        List<String> members = new ArrayList<>();
        members.add("\"type\":" + (random.nextInt(8) == 0 ? value(random, 2) : hello ? "\"hello\"" : "\"command\""));
        if (random.nextInt(8) != 0) {
            members.add("\"opId\":" + (random.nextInt(6) == 0 ? value(random, 2) : "\"op-" + random.nextInt(100) + "\""));
        }
        if (hello) {
            members.add("\"token\":" + (random.nextInt(4) == 0 ? value(random, 2) : "\"" + pick(random, STRINGS) + "\""));
            if (random.nextBoolean()) {
                members.add("\"lastSeq\":" + number(random));
            }
        } else {
            members.add("\"command\":" + (random.nextInt(8) == 0 ? value(random, 2)
                    : "\"" + NAMES.get(random.nextInt(NAMES.size())) + "\""));
            members.add("\"args\":" + (random.nextInt(8) == 0 ? value(random, 2) : object(random, 1)));
        }
        if (random.nextInt(5) == 0) {
            members.add(string(random) + ":" + value(random, 2));
        }
        java.util.Collections.shuffle(members, random);
        frame.append(String.join(",", members)).append('}');
        return random.nextInt(30) == 0 ? frame.substring(0, random.nextInt(frame.length())) : frame.toString();
    }

    private static String value(Random random, int depth) {
        int choice = depth > 6 ? random.nextInt(5) : random.nextInt(7);
        return switch (choice) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> number(random);
            case 3, 4 -> string(random);
            case 5 -> object(random, depth + 1);
            default -> array(random, depth + 1);
        };
    }

    private static String object(Random random, int depth) {
        int size = random.nextInt(5);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String key = random.nextInt(4) == 0 ? string(random) : "\"" + pick(random, KEYS) + "\"";
            members.add(key + ":" + value(random, depth));
        }
        return "{" + String.join(",", members) + "}";
    }

    private static String array(Random random, int depth) {
        int size = random.nextInt(5);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(value(random, depth));
        }
        return "[" + String.join(",", items) + "]";
    }

    private static String number(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "1" + "0".repeat(random.nextInt(2000));
            case 1 -> "-" + "9".repeat(1 + random.nextInt(400));
            case 2 -> "1e" + random.nextInt(100_000);
            case 3 -> "-0.0000" + random.nextInt(1000) + "E-999";
            case 4 -> String.valueOf(random.nextLong());
            case 5 -> String.valueOf(random.nextDouble() * 1e300);
            case 6 -> "0." + "3".repeat(1 + random.nextInt(5000));
            default -> String.valueOf(random.nextInt(100) - 10);
        };
    }

    /** A JSON string literal: known words, escapes (lone surrogates among them), random code points. */
    private static String string(Random random) {
        if (random.nextBoolean()) {
            return "\"" + pick(random, STRINGS).replace("\"", "\\\"") + "\"";
        }
        StringBuilder text = new StringBuilder("\"");
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                text.append(String.format("\\u%04x", random.nextInt(0x10000)));
            } else if (kind == 1) {
                text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
            } else if (kind == 2) {
                text.append(pick(random, "\\n", "\\t", "\\\\", "\\/", "\\\"", "\\b", "\\x", "\\"));
            } else {
                char c = (char) (0x20 + random.nextInt(0x3000));
                text.append(c == '"' || c == '\\' ? 'q' : c);
            }
        }
        return text.append('"').toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String brief(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }
}
