package dev.jobdesk.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the session cookie alone cannot enforce: a session ends after an absolute lifetime however
 * active it is, when an admin ends the user's sessions, and when the user is disabled. The login
 * time travels in a second cookie, signed with the session key so it cannot be altered; the user's
 * state comes from the database through {@link SessionStates}, so every replica agrees.
 */
@ApplicationScoped
public class SessionPolicy implements SecurityIdentityAugmentor {

    static final String LOGIN_COOKIE = "jobdesk-login";
    private static final String LOGIN_PATH = "/j_security_check";

    private final SessionStates states;
    private final BruteForceGuard bruteForce;
    private final Duration lifetime;
    private final String sessionCookie;
    private final SecretKeySpec signingKey;

    SessionPolicy(SessionStates states, BruteForceGuard bruteForce,
                  @ConfigProperty(name = "jobdesk.session-lifetime", defaultValue = "PT8H") Duration lifetime,
                  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
                  @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        this.states = states;
        this.bruteForce = bruteForce;
        this.lifetime = lifetime;
        this.sessionCookie = sessionCookie;
        // Without a configured key (which the production build refuses), sessions last as long as this process.
        String key = sessionKey.orElseGet(() -> UUID.randomUUID() + "-" + UUID.randomUUID());
        this.signingKey = new SecretKeySpec(("login-time:" + key).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (identity.isAnonymous() || request == null) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        // Most requests find the user's state kept from a moment ago: checked right here, without a
        // detour through a worker thread that only the database read and signing in need.
        Optional<SessionStates.State> known = isSigningIn(request) ? Optional.empty() : states.cached(username);
        if (known.isPresent()) {
            return Uni.createFrom().item(() -> check(identity, request, known.get()));
        }
        return context.runBlocking(() -> check(identity, request, states.of(username)));
    }

    private static boolean isSigningIn(RoutingContext request) {
        return request.request().method() == HttpMethod.POST && LOGIN_PATH.equals(request.normalizedPath());
    }

    private SecurityIdentity check(SecurityIdentity identity, RoutingContext request, SessionStates.State state) {
        String username = identity.getPrincipal().getName();
        Instant now = Instant.now();
        if (isSigningIn(request)) {
            if (!state.enabled()) {
                throw new AuthenticationFailedException("Account disabled");
            }
            bruteForce.succeeded(username, BruteForceGuard.clientAddress(request));
            renew(request, username, now);
            QuarkusTransaction.requiringNew().run(() ->
                    UserAccount.update("lastSignedInAt = ?1 where username = ?2", now, username));
            return identity;
        }
        Optional<Instant> loginTime = loginTime(request.request().getCookie(LOGIN_COOKIE), username);
        boolean valid = state.enabled() && loginTime.isPresent()
                && loginTime.get().plus(lifetime).isAfter(now)
                && (state.sessionsValidAfter() == null || !loginTime.get().isBefore(state.sessionsValidAfter()))
                && !state.signedOutLogins().contains(loginTime.get().toEpochMilli());
        if (!valid) {
            // Drop both cookies, or the login page itself would keep failing on the ended session.
            request.response().addCookie(cookie(sessionCookie, "", Duration.ZERO));
            request.response().addCookie(cookie(LOGIN_COOKIE, "", Duration.ZERO));
            throw new AuthenticationFailedException("Session ended");
        }
        return identity;
    }

    /**
     * Signing out: the browser drops its cookies, and the server refuses this session from now on, so
     * a copy of its cookie taken earlier is worth nothing. The user's other sessions go on.
     */
    @Transactional
    public void signOut(RoutingContext request, String username) {
        Instant now = Instant.now();
        SignedOutSession.deleteExpired(now);
        Optional<Instant> loginTime = loginTime(request.request().getCookie(LOGIN_COOKIE), username);
        Optional<UserAccount> user = UserAccount.findByUsername(username);
        if (loginTime.isPresent() && user.isPresent() && !SignedOutSession.exists(user.get(), loginTime.get())) {
            new SignedOutSession(user.get(), loginTime.get(), loginTime.get().plus(lifetime)).persist();
        }
        states.forget(username);
    }

    /** Starts the session on {@code request} afresh at {@code loginTime}, after its user ended all the others. */
    public void renew(RoutingContext request, String username, Instant loginTime) {
        request.response().addCookie(cookie(LOGIN_COOKIE, sign(username, loginTime.toEpochMilli()), lifetime));
    }

    /** The login time from a cookie that carries this user's name and a valid signature. */
    Optional<Instant> loginTime(Cookie cookie, String username) {
        if (cookie == null) {
            return Optional.empty();
        }
        String[] parts = cookie.getValue().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String user = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            long millis = Long.parseLong(parts[1]);
            boolean authentic = MessageDigest.isEqual(sign(user, millis).getBytes(StandardCharsets.US_ASCII),
                    cookie.getValue().getBytes(StandardCharsets.US_ASCII));
            return authentic && user.equals(username) ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** {@code name.loginMillis.signature}, the name in base64url so that no character of it can break the format. */
    String sign(String username, long loginMillis) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8))
                + "." + loginMillis;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(signingKey);
            byte[] signature = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Cookie cookie(String name, String value, Duration maxAge) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setMaxAge(maxAge.toSeconds());
    }
}
