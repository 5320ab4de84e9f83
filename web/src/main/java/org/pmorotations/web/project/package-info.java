/** The projects page: the list and the form for a new project. */
package org.pmorotations.web.project;
