/**
 * Projects and the roles staff hold on them: a person's primary assignment outside rotations.
 * Keeps: a role lies within its project's period.
 */
package org.pmorotations.domain.project;
