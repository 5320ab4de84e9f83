/**
 * Rotations of staff into PMO seats: the state machine, the history of every change, the
 * development objectives and their evaluation, and the return placement. The aggregate keeps
 * what one rotation can know; the rules that need other rotations, seats or policy settings
 * belong to the scheduling service.
 */
package org.pmorotations.domain.rotation;
