package org.receptionbot.adapters.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/**
 * A message the bot posts, as {@link FakeDiscord} reads it: plain JSON, or with files a
 * {@code multipart/form-data} body of {@code payload_json} and {@code files[n]} parts, as Discord
 * takes them.
 */
record Multipart(DataObject payload, List<FakeDiscord.Upload> files) {

    static Multipart of(RecordedRequest request) {
        String type = request.getHeaders().get("Content-Type");
        MediaType media = type == null ? null : MediaType.parse(type);
        if (media == null || !media.subtype().equals("form-data")) {
            return new Multipart(DataObject.fromJson(request.getBody().utf8()), List.of());
        }
        DataObject payload = DataObject.empty();
        List<FakeDiscord.Upload> files = new ArrayList<>();
        try (MultipartReader reader =
                new MultipartReader(new Buffer().write(request.getBody()), media.parameter("boundary"))) {
            for (MultipartReader.Part part; (part = reader.nextPart()) != null; ) {
                String disposition = part.headers().get("Content-Disposition");
                byte[] bytes = part.body().readByteArray();
                String fileName = parameter(disposition, "filename");
                if ("payload_json".equals(parameter(disposition, "name"))) payload = DataObject.fromJson(bytes);
                else if (fileName != null) files.add(new FakeDiscord.Upload(fileName, bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Multipart(payload, List.copyOf(files));
    }

    private static String parameter(String disposition, String name) {
        if (disposition == null) return null;
        for (String piece : disposition.split(";")) {
            String p = piece.strip();
            if (p.startsWith(name + "=")) return p.substring(name.length() + 1).replace("\"", "");
        }
        return null;
    }
}
