package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/ingest"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/server"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

func serveCmd(env Env) *cobra.Command {
	var (
		addr, token string
		cors        []string
		opts        server.Options
		linkFirst   bool
	)
	var dbSpec *string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the store over HTTP: a JSON API (/api/v1, /openapi.json) and a web UI",
		Long: `Serve the store in a browser and to other programs.

The web UI is at / (reader, claims, actors, timeline, analyse); the JSON API is
under /api/v1 and described by /openapi.json; /healthz and /metrics
(Prometheus) report on the server. Listening on anything but loopback needs
--token (or $HEARSAY_TOKEN): API calls must then send "Authorization: Bearer
TOKEN". CORS is off unless --cors-origin names the sites allowed to call.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if token == "" {
				token = os.Getenv("HEARSAY_TOKEN")
			}
			if err := server.CheckBind(addr, token); err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			st, err := openStore(ctx, *dbSpec, false)
			if err != nil {
				return err
			}
			defer st.Close()
			if l, err := linkerFor(st); err == nil {
				opts.Links = l
				if linkFirst {
					if _, err := ingest.LinkStored(ctx, st, l, nil); err != nil {
						return err
					}
				}
			}
			if _, ok := st.(*sqlite.Store); ok {
				// The server only reads the link index: read it through a
				// pool rather than the store's one writing connection.
				path := *dbSpec
				if path == "" {
					if path, err = defaultDB(); err != nil {
						return err
					}
				}
				ridx, db, err := server.SQLiteReadIndex(path)
				if err != nil {
					return err
				}
				defer db.Close()
				opts.Links = link.New(ridx, link.Options{})
			}
			opts.Token, opts.CORSOrigins = token, cors
			opts.Log = slog.New(slog.NewTextHandler(env.Stderr, nil))
			h, err := server.New(st, opts)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout: opts.Timeout + 10*time.Second, WriteTimeout: opts.Timeout + 10*time.Second,
				IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
			fmt.Fprintf(env.Stderr, "hearsay: serving http://%s/ (API /api/v1, /openapi.json)\n", hostForURL(ln.Addr().String()))
			go func() {
				<-ctx.Done()
				sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				srv.Shutdown(sctx)
			}()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("serve: %w", err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on; not loopback only with --token")
	dbSpec = addDBFlag(cmd)
	f.StringVar(&token, "token", "", "bearer token required on the API (default $HEARSAY_TOKEN)")
	f.StringArrayVar(&cors, "cors-origin", nil, "origin allowed to call the API from a browser (repeatable; * for any)")
	f.Int64Var(&opts.MaxBody, "max-body", server.DefaultMaxBody, "largest request body accepted, in bytes")
	f.DurationVar(&opts.Timeout, "timeout", server.DefaultTimeout, "longest time one request may take")
	f.IntVar(&opts.MaxAnalyses, "max-analyses", server.DefaultMaxAnalyses, "ad-hoc analyses run at once")
	f.BoolVar(&linkFirst, "link", false, "first link the store's documents that are not linked yet (traces, independence counts)")
	return cmd
}

// hostForURL makes a listen address clickable: an unspecified host
// becomes localhost.
func hostForURL(a string) string {
	if strings.HasPrefix(a, "[::]:") || strings.HasPrefix(a, "0.0.0.0:") {
		_, port, _ := net.SplitHostPort(a)
		return "localhost:" + port
	}
	return a
}
