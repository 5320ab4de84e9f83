package org.pmorotations.web.shared;

import org.pmorotations.service.shared.SqlStatementCount;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * With {@code SQL_STATEMENT_COUNT=true}, tells in the response header {@value #HEADER} how many SQL
 * statements the request sent: pages (including what their tables load while rendering) and API
 * calls alike. The tests use it to check that a page's statements do not grow with its rows.
 *
 * <p>A header must be set before the response is committed, while a page runs queries until it
 * is rendered. So the response is buffered (up to {@value #BUFFER} bytes) and the header is set at
 * the last moment: when the response is flushed, closed, given its length, redirected or sent as
 * an error, or when the request ends. With counting off the filter passes the request on untouched.
 */
@WebFilter(filterName = "sqlStatementCount", urlPatterns = "/*")
public class SqlStatementCountFilter extends HttpFilter {

    public static final String HEADER = "X-SQL-Statements";
    static final int BUFFER = 4 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SqlStatementCount.isEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        SqlStatementCount.reset();
        CountedResponse counted = new CountedResponse(response);
        if (!response.isCommitted()) {
            response.setBufferSize(Math.max(response.getBufferSize(), BUFFER));
        }
        try {
            chain.doFilter(request, counted);
        } finally {
            counted.stamp();
        }
    }

    /** The response, which sets the header just before anything commits it. */
    static final class CountedResponse extends HttpServletResponseWrapper {

        private ServletOutputStream stream;
        private PrintWriter writer;

        CountedResponse(HttpServletResponse response) {
            super(response);
        }

        void stamp() {
            if (!isCommitted()) {
                setHeader(HEADER, Integer.toString(SqlStatementCount.current()));
            }
        }

        /** A response of known length commits itself once that many bytes are written (the API's JSON). */
        @Override
        public void setContentLength(int length) {
            stamp();
            super.setContentLength(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            stamp();
            super.setContentLengthLong(length);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                stamp();
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                stamp();
            }
            super.addHeader(name, value);
        }

        @Override
        public void flushBuffer() throws IOException {
            stamp();
            super.flushBuffer();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            stamp();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            stamp();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            stamp();
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        stamp();
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        stamp();
                        out.close();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        stamp();
                        super.flush();
                    }

                    @Override
                    public void close() {
                        stamp();
                        super.close();
                    }
                };
            }
            return writer;
        }
    }
}
