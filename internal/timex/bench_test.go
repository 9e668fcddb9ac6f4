package timex

import "testing"

// BenchmarkFindText measures finding and normalising the expressions of a
// news sentence with absolute and relative dates.
func BenchmarkFindText(b *testing.B) {
	const s = "The talks, first held on March 3 and again last week, resumed on Monday after troops left in early June 2019."
	for i := 0; i < b.N; i++ {
		if len(FindText(s, "2021-03-11")) != 4 {
			b.Fatal("want 4 expressions")
		}
	}
}
