package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.FACILITATOR;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The group's call link: set by the facilitator, https only, shown to everyone. */
class CallLinkTest {

    private final Sessions session = Sessions.running();

    private Decision set(String url) {
        return session.decide(FACILITATOR, new Command.SetCallLink(url));
    }

    @Test
    void the_facilitator_sets_and_clears_the_call_link() {
        assertAccepted(set(" https://meet.example.org/forum?x=1 "),
                new Event.CallLinkSet("https://meet.example.org/forum?x=1", session.now()));
        session.by(FACILITATOR, new Command.SetCallLink("https://meet.example.org/forum"));
        assertEquals("https://meet.example.org/forum", session.state().callLink());
        session.by(FACILITATOR, new Command.SetCallLink(""));
        assertNull(session.state().callLink());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://meet.example.org/x", "javascript:alert(1)", "meet.example.org", "https://",
        "https://user@evil.example/", "https://a b", "file:///etc/passwd"})
    void only_an_https_link_to_a_host_is_taken(String url) {
        assertRejected(set(url), Reason.BAD_REQUEST, "https://");
    }

    @Test
    void a_link_longer_than_the_limit_is_refused_saying_how_long_it_is() {
        assertRejected(set("https://meet.example.org/" + "x".repeat(500)), Reason.BAD_REQUEST, "525", "500");
    }

    @Test
    void clearing_when_there_is_nothing_to_clear_changes_nothing() {
        assertRejected(set(null), Reason.INVALID_STATE, "no call link");
    }
}
