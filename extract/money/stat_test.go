package money

import (
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"
)

func TestStat(t *testing.T) {
	text := benchText()
	z := tokenizer{s: text}
	z.run()
	kinds := map[uint8]int{}
	for _, tk := range z.toks {
		kinds[tk.kind]++
	}
	fmt.Println("bytes", len(text), "tokens", len(z.toks), kinds, "lex", len(lexTab))
}

func TestCPUSpeed(t *testing.T) {
	text := benchText()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var ru0, ru1 syscall.Rusage
	Find(text)
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru0)
	const N = 300
	for i := 0; i < N; i++ {
		Find(text)
	}
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	fmt.Printf("CPU %v per op, %.1f MB/s of CPU time\n", cpu/N, float64(len(text))*N/cpu.Seconds()/1e6)
}
