/** MicroProfile Health checks: readiness reports the database and its schema version. */
package org.pmorotations.health;
