/**
 * Deployment configuration of the web application: the data source, read from MicroProfile
 * Config so that one WAR runs on the embedded H2 default or on PostgreSQL.
 */
package org.pmorotations.shared;
