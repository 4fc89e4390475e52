package dev.candor.scoring.domain;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of a {@link Rating}: its scorecard and the question's position. */
public class RatingKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long scorecardId;
    private Integer position;

    public RatingKey() {}

    public RatingKey(long scorecardId, int position) {
        this.scorecardId = scorecardId;
        this.position = position;
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public Integer getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RatingKey that
                && Objects.equals(scorecardId, that.scorecardId)
                && Objects.equals(position, that.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scorecardId, position);
    }
}
