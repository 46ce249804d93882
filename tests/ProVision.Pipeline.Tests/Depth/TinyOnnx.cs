using System.Text;

namespace ProVision.Pipeline.Tests.Depth;

/// <summary>
/// Writes tiny ONNX models by hand, so the ONNX stages can be tested without shipping a model.
/// ONNX is protobuf (onnx/onnx.proto); this encodes only the fields a small graph needs:
/// <code>
/// ModelProto      { 1 ir_version: int64; 8 opset_import: OperatorSetIdProto; 2 producer_name: string; 7 graph: GraphProto }
/// OperatorSetIdProto { 1 domain: string; 2 version: int64 }
/// GraphProto      { 1 node: NodeProto*; 2 name: string; 5 initializer: TensorProto*; 11 input: ValueInfoProto*; 12 output: ValueInfoProto* }
/// NodeProto       { 1 input: string*; 2 output: string*; 3 name: string; 4 op_type: string; 5 attribute: AttributeProto* }
/// AttributeProto  { 1 name; 2 f: float; 3 i: int64; 7 floats: float*; 8 ints: int64*; 20 type: enum (FLOAT=1, INT=2, FLOATS=6, INTS=7) }
/// ValueInfoProto  { 1 name; 2 type: TypeProto }      TypeProto { 1 tensor_type: { 1 elem_type: int32; 2 shape: { 1 dim*: { 1 dim_value: int64 | 2 dim_param: string } } } }
/// TensorProto     { 1 dims: int64*; 2 data_type: int32 (FLOAT=1, INT64=7); 8 name: string; 9 raw_data: bytes (little-endian) }
/// </code>
/// </summary>
public static class TinyOnnx
{
    public const int Float = 1;
    public const int Int64 = 7;

    /// <summary>A model with opset 13 of the default domain and IR version 8.</summary>
    public static byte[] Model(byte[] graph, long opset = 13)
    {
        var w = new ProtoWriter();
        w.Varint(1, 8);
        w.String(2, "provision-tests");
        w.Bytes(7, graph);
        var op = new ProtoWriter();
        op.String(1, "");
        op.Varint(2, opset);
        w.Bytes(8, op.ToArray());
        return w.ToArray();
    }

    public static byte[] Graph(string name, IEnumerable<byte[]> nodes, IEnumerable<byte[]> inputs, IEnumerable<byte[]> outputs, IEnumerable<byte[]>? initializers = null)
    {
        var w = new ProtoWriter();
        foreach (var node in nodes) w.Bytes(1, node);
        w.String(2, name);
        foreach (var init in initializers ?? []) w.Bytes(5, init);
        foreach (var input in inputs) w.Bytes(11, input);
        foreach (var output in outputs) w.Bytes(12, output);
        return w.ToArray();
    }

    public static byte[] Node(string opType, string[] inputs, string[] outputs, params byte[][] attributes)
    {
        var w = new ProtoWriter();
        foreach (var i in inputs) w.String(1, i);
        foreach (var o in outputs) w.String(2, o);
        w.String(3, $"{opType}_{outputs[0]}");
        w.String(4, opType);
        foreach (var a in attributes) w.Bytes(5, a);
        return w.ToArray();
    }

    public static byte[] IntAttribute(string name, long value)
    {
        var w = new ProtoWriter();
        w.String(1, name);
        w.Varint(3, value);
        w.Varint(20, 2);
        return w.ToArray();
    }

    public static byte[] IntsAttribute(string name, params long[] values)
    {
        var w = new ProtoWriter();
        w.String(1, name);
        foreach (var v in values) w.Varint(8, v);
        w.Varint(20, 7);
        return w.ToArray();
    }

    /// <summary>A float tensor value info; a dimension is a long (fixed) or a string (symbolic, dynamic).</summary>
    public static byte[] Tensor(string name, params object[] dims) => TensorOf(name, Float, dims);

    public static byte[] TensorOf(string name, int elemType, params object[] dims)
    {
        var shape = new ProtoWriter();
        foreach (var d in dims)
        {
            var dim = new ProtoWriter();
            if (d is string param) dim.String(2, param);
            else dim.Varint(1, Convert.ToInt64(d, System.Globalization.CultureInfo.InvariantCulture));
            shape.Bytes(1, dim.ToArray());
        }
        var tensorType = new ProtoWriter();
        tensorType.Varint(1, elemType);
        tensorType.Bytes(2, shape.ToArray());
        var type = new ProtoWriter();
        type.Bytes(1, tensorType.ToArray());
        var w = new ProtoWriter();
        w.String(1, name);
        w.Bytes(2, type.ToArray());
        return w.ToArray();
    }

    /// <summary>A constant float tensor (an initializer).</summary>
    public static byte[] FloatInitializer(string name, long[] dims, float[] values)
    {
        var w = new ProtoWriter();
        foreach (var d in dims) w.Varint(1, d);
        w.Varint(2, Float);
        w.String(8, name);
        var raw = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++) BitConverter.TryWriteBytes(raw.AsSpan(i * 4), values[i]);
        w.Bytes(9, raw);
        return w.ToArray();
    }

    /// <summary>A constant int64 tensor (an initializer), e.g. axes or shapes.</summary>
    public static byte[] Int64Initializer(string name, long[] dims, long[] values)
    {
        var w = new ProtoWriter();
        foreach (var d in dims) w.Varint(1, d);
        w.Varint(2, Int64);
        w.String(8, name);
        var raw = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++) BitConverter.TryWriteBytes(raw.AsSpan(i * 8), values[i]);
        w.Bytes(9, raw);
        return w.ToArray();
    }

    /// <summary>Writes a model to a fresh temporary file and returns its path.</summary>
    public static string WriteTemp(byte[] model, string stem)
    {
        var dir = Segmentation.TestFolder.Create("onnx");
        var path = Path.Combine(dir, stem + ".onnx");
        File.WriteAllBytes(path, model);
        return path;
    }

    /// <summary>Protobuf wire format: varints (wire type 0) and length-delimited fields (wire type 2).</summary>
    private sealed class ProtoWriter
    {
        private readonly MemoryStream _stream = new();

        public void Varint(int field, long value)
        {
            WriteRaw(((ulong)field << 3) | 0);
            WriteRaw(unchecked((ulong)value));
        }

        public void Bytes(int field, byte[] value)
        {
            WriteRaw(((ulong)field << 3) | 2);
            WriteRaw((ulong)value.Length);
            _stream.Write(value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public byte[] ToArray() => _stream.ToArray();

        private void WriteRaw(ulong value)
        {
            while (value >= 0x80)
            {
                _stream.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }
            _stream.WriteByte((byte)value);
        }
    }
}
