package org.pmorotations.web.api;

import java.util.List;

/** One page of a list and how many there are in all. */
public record PageJson<T>(List<T> items, long total) {
}
