package dev.candor.planning.api;

import java.util.List;

/** What moving a plan's question to its newest version would change. */
public record VersionPreview(
        long questionId, int pinnedVersion, int newestVersion, List<PinnedVersionChange> changes) {}
