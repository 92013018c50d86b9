package org.receptionbot.adapters.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** The webhook endpoint's TLS, from a PKCS12 key store. */
final class WebhookTls {
    private final SSLContext context;
    private final X509Certificate certificate;

    private WebhookTls(SSLContext context, X509Certificate certificate) {
        this.context = context;
        this.certificate = certificate;
    }

    static WebhookTls load(TelegramSettings.Tls tls) {
        char[] password = tls.password().toCharArray();
        try (InputStream in = Files.newInputStream(tls.keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no private key in " + tls.keyStore()));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new WebhookTls(context, (X509Certificate) store.getCertificate(alias));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "the webhook key store " + tls.keyStore() + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    SSLContext context() {
        return context;
    }

    /** A self-signed certificate must be given to Telegram with {@code setWebhook}; one a CA signed must not. */
    boolean selfSigned() {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    /** The certificate as PEM, as {@code setWebhook} takes it. */
    byte[] pem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
