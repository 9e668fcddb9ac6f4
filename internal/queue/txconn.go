package queue

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// oneTxDB returns a *sql.DB over a single PostgreSQL connection on which
// the caller opens and ends transactions itself ("BEGIN" ... "COMMIT"
// through ExecContext), and on which the transactions that code using the
// *sql.DB begins become savepoints inside the caller's transaction.
//
// link.SQLIndex takes a *sql.DB and commits some of its steps in
// transactions of its own, so an interrupted link.Linker.Add would leave
// a document half linked and marked as linked. Running the whole Add
// inside one outer transaction makes it all or nothing, which is what a
// worker killed mid-way needs; database/sql has no way to nest
// transactions, hence this small driver wrapper rather than a library.
//
// The connection is opened once: if database/sql drops it as broken, the
// next use fails instead of silently reconnecting outside the caller's
// transaction.
func oneTxDB(cfg *pgx.ConnConfig) *sql.DB {
	db := sql.OpenDB(&oneConnector{inner: stdlib.GetConnector(*cfg)})
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	return db
}

var errConnLost = errors.New("queue: link connection lost")

type oneConnector struct {
	inner driver.Connector
	used  atomic.Bool
}

func (o *oneConnector) Connect(ctx context.Context) (driver.Conn, error) {
	if o.used.Swap(true) {
		return nil, errConnLost
	}
	c, err := o.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	sc, ok := c.(*stdlib.Conn)
	if !ok {
		c.Close()
		return nil, errors.New("queue: unexpected pgx driver connection type")
	}
	return savepointConn{sc}, nil
}

func (o *oneConnector) Driver() driver.Driver { return o.inner.Driver() }

// savepointConn is a pgx connection whose Begin makes a savepoint. One
// savepoint name serves: database/sql never has two transactions open on
// one connection.
type savepointConn struct{ *stdlib.Conn }

// ResetSession keeps the connection between statements of the caller's
// transaction; pgx's own would throw away a connection that is inside a
// transaction when database/sql hands it out again.
func (c savepointConn) ResetSession(ctx context.Context) error {
	if c.Conn.Conn().IsClosed() {
		return driver.ErrBadConn
	}
	return nil
}

func (c savepointConn) BeginTx(ctx context.Context, _ driver.TxOptions) (driver.Tx, error) {
	if _, err := c.Conn.ExecContext(ctx, "SAVEPOINT hearsay_inner", nil); err != nil {
		return nil, err
	}
	return savepointTx{c.Conn}, nil
}

func (c savepointConn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

type savepointTx struct{ c *stdlib.Conn }

func (t savepointTx) Commit() error {
	_, err := t.c.ExecContext(context.Background(), "RELEASE SAVEPOINT hearsay_inner", nil)
	return err
}

func (t savepointTx) Rollback() error {
	_, err := t.c.ExecContext(context.Background(), "ROLLBACK TO SAVEPOINT hearsay_inner", nil)
	return err
}
