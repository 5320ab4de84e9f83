package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Rotation;

import java.util.List;

/** One page of a rotation list and the number of rotations in the whole list. */
public record RotationPage(List<Rotation> items, long total) {
}
