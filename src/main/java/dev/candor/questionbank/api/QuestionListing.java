package dev.candor.questionbank.api;

import dev.candor.questionbank.application.QuestionSummary;
import java.util.List;

/** One page of GET /questions; pages count from 1. */
public record QuestionListing(List<QuestionSummary> items, int page, int size, long total) {}
