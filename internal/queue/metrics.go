package queue

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// The worker's metrics are process-wide, as a Prometheus scrape of one
// process expects; they are registered on a registry of this package's
// own rather than the global default one.
var (
	registry = prometheus.NewRegistry()

	jobsTotal = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "hearsay_worker_jobs_total",
		Help: "Analysis jobs run by this worker, by outcome: completed, retried (failed, will be tried again), discarded (failed for the last time).",
	}, []string{"outcome"})
	documentsTotal = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "hearsay_worker_documents_total",
		Help: "Documents this worker analysed, by result: stored, or duplicate (already in the store).",
	}, []string{"result"})
	jobSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "hearsay_worker_job_seconds",
		Help:    "Time of one job attempt: analysis, store and linking.",
		Buckets: prometheus.ExponentialBuckets(0.005, 2, 14),
	})
	linkSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "hearsay_worker_link_seconds",
		Help:    "Time to link one document into the cross-article index.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
	})
	linkedTotal = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "hearsay_worker_linked_total",
		Help: "Documents this worker linked into the cross-article index.",
	})
)

func init() {
	registry.MustRegister(jobsTotal, documentsTotal, jobSeconds, linkSeconds, linkedTotal,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
}

// queueCollector reports the queue's state, read from the database at
// scrape time, so every worker's /metrics shows the whole queue.
type queueCollector struct {
	q                       *Queue
	jobs, docs, oldest, lag *prometheus.Desc
}

func (c *queueCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.jobs
	ch <- c.docs
	ch <- c.oldest
	ch <- c.lag
}

func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := c.q.Stats(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.jobs, err)
		return
	}
	for state, n := range s.Jobs {
		ch <- prometheus.MustNewConstMetric(c.jobs, prometheus.GaugeValue, float64(n), state)
	}
	for status, n := range map[string]int64{"pending": s.Pending, "analysed": s.Analysed, "failed": s.Failed, "dropped": s.Dropped} {
		ch <- prometheus.MustNewConstMetric(c.docs, prometheus.GaugeValue, float64(n), status)
	}
	ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, s.OldestPending.Seconds())
	ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, float64(s.Unlinked))
}

// MetricsHandler serves this process's worker metrics and the queue's
// state in the Prometheus text format.
func (q *Queue) MetricsHandler() http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(&queueCollector{q: q,
		jobs:   prometheus.NewDesc("hearsay_queue_jobs", "Analysis jobs in the queue by river state.", []string{"state"}, nil),
		docs:   prometheus.NewDesc("hearsay_queue_documents", "Queued documents by status.", []string{"status"}, nil),
		oldest: prometheus.NewDesc("hearsay_queue_oldest_pending_seconds", "Age of the oldest document still waiting for analysis.", nil, nil),
		lag:    prometheus.NewDesc("hearsay_queue_unlinked_documents", "Analysed or pending documents not yet linked into the cross-article index.", nil, nil),
	})
	return promhttp.HandlerFor(prometheus.Gatherers{registry, reg}, promhttp.HandlerOpts{})
}
