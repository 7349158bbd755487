-- wrk script: after the run, prints the latency at every tenth of a percent (microseconds), so that slices of a
-- run can be merged into one distribution (bench/wrk-slices.py). Usage: wrk -s bench/quantiles.lua ...
done = function(summary, latency, requests)
  for i = 1, 1000 do
    io.write(string.format("quantile %.1f %d\n", i / 10, latency:percentile(i / 10)))
  end
end
