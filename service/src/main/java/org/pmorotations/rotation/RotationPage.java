package org.pmorotations.rotation;

import java.util.List;

/** One page of a rotation list and the number of rotations in the whole list. */
public record RotationPage(List<Rotation> items, long total) {
}
