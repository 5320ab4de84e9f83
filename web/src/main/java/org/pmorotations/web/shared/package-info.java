/**
 * Deployment configuration of the web application: the data source, read from MicroProfile
 * Config so that one WAR runs on the embedded H2 default or on PostgreSQL; what every page and
 * download shares: the texts outside a page ({@link org.pmorotations.web.shared.Texts}) and tables
 * written as CSV or Excel in bounded memory ({@link org.pmorotations.web.shared.TableExport}).
 */
package org.pmorotations.web.shared;
