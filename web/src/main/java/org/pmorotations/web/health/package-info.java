/**
 * MicroProfile Health checks: readiness reports the database and its schema version, and DOWN
 * once the server is stopping.
 */
package org.pmorotations.web.health;
