package dev.tumen.ingest.api;

import java.net.http.HttpResponse;

/** Problem assertions shared by the ITs of other packages. */
public final class PushITSupport {
    private PushITSupport() {
    }

    public static void assertProblem(HttpResponse<String> response, int status, String slug) {
        PushIT.assertProblem(response, status, slug);
    }
}
