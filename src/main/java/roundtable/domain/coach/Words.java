package roundtable.domain.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Long lists of words in the rules ("habla|hable|hablale|…") written as a prefix tree
 * ("habl(?:a(?:le)?|e)…"), which a regex engine tries in a few character comparisons instead of
 * one comparison per word. The list matches exactly the same texts; only how fast it fails
 * changes. Entries that are not plain words ({@code do(?! you)}) are kept as they are, after the tree.
 */
final class Words {

    private Words() {
    }

    /** {@code alternation}, a group like {@code (?:talk|tell|take)}, as an equivalent prefix tree. */
    static String tree(String alternation) {
        String inner = alternation;
        if (inner.startsWith("(?:") && inner.endsWith(")") && closes(inner)) {
            inner = inner.substring(3, inner.length() - 1);
        }
        Node root = new Node();
        List<String> verbatim = new ArrayList<>();
        for (String entry : topLevel(inner)) {
            if (isPlainWord(entry)) {
                root.add(entry);
            } else {
                verbatim.add(entry);
            }
        }
        List<String> branches = new ArrayList<>();
        if (!root.children.isEmpty()) {
            branches.add(root.regex());
        }
        branches.addAll(verbatim);
        return "(?:" + String.join("|", branches) + ")";
    }

    /** Whether the group opened at 0 is closed by the last character (and not earlier). */
    private static boolean closes(String group) {
        int depth = 0;
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < group.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static List<String> topLevel(String alternatives) {
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < alternatives.length(); i++) {
            char c = alternatives.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                entries.add(alternatives.substring(start, i));
                start = i + 1;
            }
        }
        entries.add(alternatives.substring(start));
        return entries;
    }

    private static boolean isPlainWord(String entry) {
        if (entry.isEmpty()) {
            return false;
        }
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        boolean end;

        void add(String word) {
            Node node = this;
            for (char c : word.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Node());
            }
            node.end = true;
        }

        /** The regex for the words below this node (this node's own end handled by the caller). */
        String regex() {
            List<String> branches = new ArrayList<>();
            for (Map.Entry<Character, Node> child : children.entrySet()) {
                StringBuilder branch = new StringBuilder().append(child.getKey());
                Node node = child.getValue();
                while (!node.end && node.children.size() == 1) {
                    Map.Entry<Character, Node> only = node.children.entrySet().iterator().next();
                    branch.append(only.getKey());
                    node = only.getValue();
                }
                if (!node.children.isEmpty()) {
                    branch.append("(?:").append(node.regex()).append(")").append(node.end ? "?" : "");
                }
                branches.add(branch.toString());
            }
            return String.join("|", branches);
        }
    }
}
