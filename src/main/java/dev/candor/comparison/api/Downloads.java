package dev.candor.comparison.api;

import jakarta.ws.rs.core.Response;

/** A file to download, with a Content-Disposition naming it. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    static final String CSV = "text/csv; charset=UTF-8";

    private Downloads() {}

    static Response file(Object body, String contentType, String fileName) {
        return Response.ok(body, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
