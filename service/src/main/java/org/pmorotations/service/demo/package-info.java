/**
 * The demo organisation a new installation starts with, so that screens and reports show
 * something real at once. It is generated, deterministic for a seed and a day, keeps the
 * scheduling rules, and goes only into an empty database (by default only an embedded one).
 *
 * <p>The same generator in a larger shape gives the organisations of the benchmark
 * (the benchmark's {@code LargeOrganisation}: 20,000 staff and ten years of history), written
 * over plain JDBC in batches rather than through JPA, which would hold every entity in one
 * persistence context.
 */
package org.pmorotations.service.demo;
