/**
 * The demo organisation a new installation starts with, so that screens and reports show
 * something real at once. It is generated, deterministic for a seed and a day, keeps the
 * scheduling rules, and goes only into an empty database (by default only an embedded one).
 */
package org.pmorotations.demo;
