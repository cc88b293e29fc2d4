package roundtable.domain.coach;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import roundtable.domain.Coaching;

/**
 * A labelled test corpus ({@code coach/corpus-<name>.tsv}) and how a language scores on it.
 *
 * <p>A corpus is a tab-separated file with the header {@code phase, label, text}. Blank lines and
 * lines starting with {@code #} are comments. A comment starting with {@code # blind} opens a
 * <em>blind batch</em>: sentences written after the rules were frozen and measured once before any
 * tuning on them. The batch runs to the next comment line or to the end of the file; its name is the
 * comment's text, and {@link Line#batch()} is empty for sentences outside any blind batch.
 */
final class Corpus {

    record Line(int number, Coaching phase, Verdict label, String text, String batch) {

        boolean blind() {
            return !batch.isEmpty();
        }
    }

    record Miss(Line line, Coach.Assessment got) {
    }

    /** Figures of one run; "advice" means advice-in-disguise or advice, everything else is negative. */
    record Score(int total, int correct, int truePositives, int falsePositives, int falseNegatives,
                 Map<Verdict, Map<Verdict, Integer>> confusion, List<Miss> misses) {

        double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 0 : (double) truePositives / flagged;
        }

        double recall() {
            int advice = truePositives + falseNegatives;
            return advice == 0 ? 0 : (double) truePositives / advice;
        }

        String report() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("Coach corpus: %d sentences%n", total));
            out.append(String.format("accuracy  %.1f%% (%d/%d)%n", 100 * accuracy(), correct, total));
            out.append(String.format("advice precision %.1f%% (%d/%d flagged)%n", 100 * precision(), truePositives,
                    truePositives + falsePositives));
            out.append(String.format("advice recall    %.1f%% (%d/%d advice)%n", 100 * recall(), truePositives,
                    truePositives + falseNegatives));
            out.append("confusion (rows: label, columns: verdict)\n");
            for (Coaching phase : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                List<Verdict> verdicts = new ArrayList<>();
                for (Verdict v : Verdict.values()) {
                    if (v.coaching() == phase) {
                        verdicts.add(v);
                    }
                }
                out.append(String.format("  %-20s", phase));
                for (Verdict v : verdicts) {
                    out.append(String.format("%20s", v));
                }
                out.append('\n');
                for (Verdict label : verdicts) {
                    out.append(String.format("  %-20s", label));
                    for (Verdict v : verdicts) {
                        out.append(String.format("%20d", confusion.get(label).getOrDefault(v, 0)));
                    }
                    out.append('\n');
                }
            }
            out.append(String.format("misclassified (%d)%n", misses.size()));
            for (Miss miss : misses) {
                out.append(String.format("  line %d [%s] expected %s, got %s (%s): %s%n", miss.line().number(),
                        miss.line().phase(), miss.line().label(), miss.got().verdict(), miss.got().because(),
                        miss.line().text()));
            }
            return out.toString();
        }
    }

    private Corpus() {
    }

    /** The original English corpus. */
    static List<Line> read() {
        return read("en");
    }

    /** The corpus {@code coach/corpus-<name>.tsv}, e.g. {@code "es"} or {@code "en-hard"}. */
    static List<Line> read(String name) {
        String resource = "/coach/corpus-" + name + ".tsv";
        InputStream in = Corpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"phase\tlabel\ttext".equals(header)) {
                throw new IllegalStateException("unexpected corpus header: " + header);
            }
            String row;
            int number = 1;
            String batch = "";
            while ((row = reader.readLine()) != null) {
                number++;
                if (row.isBlank()) {
                    continue;
                }
                if (row.startsWith("#")) {
                    String comment = row.substring(1).strip();
                    batch = comment.toLowerCase(Locale.ROOT).startsWith("blind") ? comment : "";
                    continue;
                }
                String[] cells = row.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException("line " + number + " has " + cells.length + " cells");
                }
                Coaching phase = phase(cells[0], number);
                String labelCell = cells[1];
                Verdict label = Verdict.ofId(labelCell)
                        .orElseThrow(() -> new IllegalStateException("unknown label: " + labelCell));
                if (label.coaching() != phase) {
                    throw new IllegalStateException("label " + label + " does not belong to phase " + phase);
                }
                lines.add(new Line(number, phase, label, cells[2], batch));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static Coaching phase(String cell, int number) {
        switch (cell) {
            case "questions":
                return Coaching.QUESTIONS;
            case "experience":
                return Coaching.EXPERIENCE;
            default:
                throw new IllegalStateException("unknown phase on line " + number + ": " + cell);
        }
    }

    static Score score(Language language, List<Line> lines) {
        Map<Verdict, Map<Verdict, Integer>> confusion = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            confusion.put(v, new EnumMap<>(Verdict.class));
        }
        int correct = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Miss> misses = new ArrayList<>();
        for (Line line : lines) {
            Coach.Assessment got = Coach.assess(language, line.phase(), line.text()).orElseThrow();
            confusion.get(line.label()).merge(got.verdict(), 1, Integer::sum);
            if (got.verdict() == line.label()) {
                correct++;
            } else {
                misses.add(new Miss(line, got));
            }
            boolean isAdvice = line.label().isFlag();
            boolean flagged = got.verdict().isFlag();
            if (isAdvice && flagged) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (isAdvice) {
                fn++;
            }
        }
        return new Score(lines.size(), correct, tp, fp, fn, confusion, misses);
    }
}
