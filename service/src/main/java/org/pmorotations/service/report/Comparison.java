package org.pmorotations.service.report;

/** A share among people who rotated, beside the same share among people who never did. */
public record Comparison(Ratio rotated, Ratio neverRotated) {
}
