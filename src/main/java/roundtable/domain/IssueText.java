package roundtable.domain;

import java.util.stream.Collectors;

/** What a session is about, in words: the issue the presenter framed, as the whole room can read it. */
public final class IssueText {

    private IssueText() {
    }

    /**
     * The words of the session's issue cards in board order, one card per line; empty when no
     * issue was framed yet. A private draft is left out: its words are only its author's so far.
     */
    public static String of(SessionState state) {
        return state.cards().stream()
                .filter(card -> card.kind() == CardKind.ISSUE && !card.hidden() && card.text() != null)
                .map(card -> card.text().strip())
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
