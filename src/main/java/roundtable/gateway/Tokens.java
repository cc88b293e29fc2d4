package roundtable.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ids and secrets. Secrets (tokens, invite codes) carry 256 bits from {@link SecureRandom} and are
 * stored only as SHA-256 hashes, so a copy of the database lets nobody in.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** A bearer token or invite code. */
    public static String secret() {
        return random(32);
    }

    /** A session id: unguessable too, since it appears in links. */
    public static String sessionId() {
        return random(16);
    }

    /** A participant id: visible to everyone in the session, so it only has to be unique. */
    public static String participantId() {
        return "p" + random(9);
    }

    /** The id of something a group keeps (a knowledge entry, a topic): only unique, like a participant's. */
    public static String recordId(String prefix) {
        return prefix + random(9);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return URL_SAFE.encodeToString(value);
    }
}
